"""The programme office: what the office's copy of the app does with many laptops' bundles.

Collecting is `bundle import` (core/bundle_plan.py); this package turns the collected store into
what leaves the office (core/office/publish.py filters every output).
"""
