"""The default for `manage.py`: the embedded set-up that `scripts/run.sh` starts (DEBUG comes from env)."""

from config.settings.base import *  # noqa: F401,F403
