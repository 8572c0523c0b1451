// Lets tsc see .vue files as modules; vue-tsc checks their contents.
