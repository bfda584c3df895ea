# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged sitejet. Generated; do not edit."""
