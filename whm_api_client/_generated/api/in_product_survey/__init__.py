# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged in_product_survey. Generated; do not edit."""
