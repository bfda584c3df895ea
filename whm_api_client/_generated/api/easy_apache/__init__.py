# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged easy_apache. Generated; do not edit."""
