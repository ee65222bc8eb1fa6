from ces_planner.cli import main

raise SystemExit(main())
