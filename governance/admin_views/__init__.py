"""The secretariat's admin screens: a meeting's steps, the end of a membership."""
