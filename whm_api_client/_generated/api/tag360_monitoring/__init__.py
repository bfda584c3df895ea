# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged tag360_monitoring. Generated; do not edit."""
