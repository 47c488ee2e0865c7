"""The package version, a literal so that nothing reads metadata files at run time."""

__version__ = "0.1.0"
