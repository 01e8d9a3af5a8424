import '../lib/tap-stack.js';
