from __future__ import annotations

import pytest

from flashpoint.normalize.places import Gazetteer


@pytest.fixture(scope="session")
def gz() -> Gazetteer:
    """The packaged gazetteer, loaded once for all place tests."""
    return Gazetteer.load()
