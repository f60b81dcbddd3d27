"""Staffing ratios for managers and funders, computed as plain data without names
(ratios.py); the renderers are in planner/io (report_text.py, report_html.py)."""
