"""Plain records and rules of the method: no Qt, no SQL, no I/O."""
