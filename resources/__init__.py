"""Bundled resources (sample plans, translations, templates), installed as ces_planner.resources."""
