"""Python detectors, each bound to the YAML rule that enables and documents it.

A rule `kind: check` names a detector as `module.Class` (a module of this
package) or `package.module:Class` (a plugin); see `lint.rules.check`.
"""
