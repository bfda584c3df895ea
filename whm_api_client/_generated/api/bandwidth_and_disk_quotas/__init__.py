# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged bandwidth_and_disk_quotas. Generated; do not edit."""
