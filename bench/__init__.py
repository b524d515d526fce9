"""Benchmarks of dvdesktop against its performance targets: ``python -m bench [--quick]``."""
