"""mamagang: 妈妈岗 flexible-employment contract compliance checker."""

__version__ = "0.1.0"
