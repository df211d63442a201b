"""Kerinjing Desktop: run a village anti-trafficking (TPPO) awareness day offline."""

__version__ = "0.1.0"
