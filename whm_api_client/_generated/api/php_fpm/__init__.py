# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged php_fpm. Generated; do not edit."""
