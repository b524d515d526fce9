from dvdesktop.cli import main

raise SystemExit(main())
