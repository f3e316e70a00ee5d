// Every sandbox test file builds one or more servers (migrations, seeds, route compilation) in its
// hooks. On an idle machine that takes well under a second, but on a busy CI machine the first
// server of a file has taken more than jest's 5 s default: give hooks and tests 30 s by default.
// A file or test that needs more still says so itself.
jest.setTimeout(30_000)
