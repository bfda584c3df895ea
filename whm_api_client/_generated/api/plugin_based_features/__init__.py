# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged plugin_based_features. Generated; do not edit."""
