"""The person dossier: header, offices, allegations, related events and sources, each cited."""

from .view import DossierView

__all__ = ["DossierView"]
