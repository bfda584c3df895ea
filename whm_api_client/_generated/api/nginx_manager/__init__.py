# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged nginx_manager. Generated; do not edit."""
