from wenxian.cli import main

raise SystemExit(main())
