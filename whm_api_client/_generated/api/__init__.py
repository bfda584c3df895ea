# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""One module per WHM API 1 function, grouped by tag. Generated; do not edit."""
