# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Code generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.

Nothing is imported here on purpose: each function's module and each model
loads on first use, so ``import whm_api_client`` stays fast.
"""
