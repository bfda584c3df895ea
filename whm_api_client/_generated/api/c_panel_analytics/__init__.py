# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged c_panel_analytics. Generated; do not edit."""
