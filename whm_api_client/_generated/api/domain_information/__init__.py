# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged domain_information. Generated; do not edit."""
