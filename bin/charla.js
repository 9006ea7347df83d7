#!/usr/bin/env node
// Runs the TypeScript CLI directly: Node 24 strips types natively.
import '../server/cli.ts';
