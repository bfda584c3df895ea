# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged web_log_retention. Generated; do not edit."""
