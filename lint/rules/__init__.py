"""Reading YAML rules: the loader, and one module per rule kind."""
