# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged support_tickets. Generated; do not edit."""
