"""dvdesktop: records, reports and signed summary packages of a Party unit's công tác dân vận."""

__version__ = "0.1.0"
APP_NAME = "dvdesktop"
