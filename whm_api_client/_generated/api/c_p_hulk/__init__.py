# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged c_p_hulk. Generated; do not edit."""
