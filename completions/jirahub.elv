
use builtin;
use str;

set edit:completion:arg-completer[jirahub] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'jirahub'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'jirahub'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand register 'Create an account (the first account becomes admin)'
            cand login 'Log in and start a session'
            cand logout 'End the current session'
            cand whoami 'Show the logged-in account'
            cand passwd 'Change your password'
            cand admin 'Manage accounts, sessions and registration (admins only)'
            cand config 'Show the effective configuration and where each value came from (secrets masked)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;register'= {
            cand --email 'Account email (prompted for on a terminal when omitted)'
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;login'= {
            cand --email 'Account email (prompted for on a terminal when omitted)'
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;logout'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;whoami'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;passwd'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --password-stdin 'Read the current and the new password from the first two lines of standard input'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand users 'List accounts'
            cand user 'Add, change or remove an account'
            cand sessions 'List or revoke sessions'
            cand registration 'Open or close self-registration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;admin;users'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create an account (password from a prompt, --password-stdin or JIRAHUB_PASSWORD)'
            cand set-role 'Make an account admin or user'
            cand disable 'Stop an account from logging in (its sessions are revoked)'
            cand enable 'Let a disabled account log in again'
            cand reset-password 'Set a new password for an account (its sessions are revoked)'
            cand delete 'Delete an account and everything it owns'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;admin;user;add'= {
            cand --role 'role'
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --password-stdin 'Read the new account''s password from standard input'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user;set-role'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user;disable'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user;enable'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user;reset-password'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --password-stdin 'Read the new password from standard input'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user;delete'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user;help'= {
            cand add 'Create an account (password from a prompt, --password-stdin or JIRAHUB_PASSWORD)'
            cand set-role 'Make an account admin or user'
            cand disable 'Stop an account from logging in (its sessions are revoked)'
            cand enable 'Let a disabled account log in again'
            cand reset-password 'Set a new password for an account (its sessions are revoked)'
            cand delete 'Delete an account and everything it owns'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;admin;user;help;add'= {
        }
        &'jirahub;admin;user;help;set-role'= {
        }
        &'jirahub;admin;user;help;disable'= {
        }
        &'jirahub;admin;user;help;enable'= {
        }
        &'jirahub;admin;user;help;reset-password'= {
        }
        &'jirahub;admin;user;help;delete'= {
        }
        &'jirahub;admin;user;help;help'= {
        }
        &'jirahub;admin;sessions'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List sessions (all accounts, or one with --user)'
            cand revoke 'Revoke a session by id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;admin;sessions;list'= {
            cand --user 'user'
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --all 'Include expired and revoked sessions'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;sessions;revoke'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;sessions;help'= {
            cand list 'List sessions (all accounts, or one with --user)'
            cand revoke 'Revoke a session by id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;admin;sessions;help;list'= {
        }
        &'jirahub;admin;sessions;help;revoke'= {
        }
        &'jirahub;admin;sessions;help;help'= {
        }
        &'jirahub;admin;registration'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;help'= {
            cand users 'List accounts'
            cand user 'Add, change or remove an account'
            cand sessions 'List or revoke sessions'
            cand registration 'Open or close self-registration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;admin;help;users'= {
        }
        &'jirahub;admin;help;user'= {
            cand add 'Create an account (password from a prompt, --password-stdin or JIRAHUB_PASSWORD)'
            cand set-role 'Make an account admin or user'
            cand disable 'Stop an account from logging in (its sessions are revoked)'
            cand enable 'Let a disabled account log in again'
            cand reset-password 'Set a new password for an account (its sessions are revoked)'
            cand delete 'Delete an account and everything it owns'
        }
        &'jirahub;admin;help;user;add'= {
        }
        &'jirahub;admin;help;user;set-role'= {
        }
        &'jirahub;admin;help;user;disable'= {
        }
        &'jirahub;admin;help;user;enable'= {
        }
        &'jirahub;admin;help;user;reset-password'= {
        }
        &'jirahub;admin;help;user;delete'= {
        }
        &'jirahub;admin;help;sessions'= {
            cand list 'List sessions (all accounts, or one with --user)'
            cand revoke 'Revoke a session by id'
        }
        &'jirahub;admin;help;sessions;list'= {
        }
        &'jirahub;admin;help;sessions;revoke'= {
        }
        &'jirahub;admin;help;registration'= {
        }
        &'jirahub;admin;help;help'= {
        }
        &'jirahub;config'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;completions'= {
            cand -o 'Output format: a table for people, json or csv for scripts'
            cand --format 'Output format: a table for people, json or csv for scripts'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand -q 'Print only what was asked for: no progress, no confirmations'
            cand --quiet 'Print only what was asked for: no progress, no confirmations'
            cand -v 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --verbose 'Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;help'= {
            cand register 'Create an account (the first account becomes admin)'
            cand login 'Log in and start a session'
            cand logout 'End the current session'
            cand whoami 'Show the logged-in account'
            cand passwd 'Change your password'
            cand admin 'Manage accounts, sessions and registration (admins only)'
            cand config 'Show the effective configuration and where each value came from (secrets masked)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;help;register'= {
        }
        &'jirahub;help;login'= {
        }
        &'jirahub;help;logout'= {
        }
        &'jirahub;help;whoami'= {
        }
        &'jirahub;help;passwd'= {
        }
        &'jirahub;help;admin'= {
            cand users 'List accounts'
            cand user 'Add, change or remove an account'
            cand sessions 'List or revoke sessions'
            cand registration 'Open or close self-registration'
        }
        &'jirahub;help;admin;users'= {
        }
        &'jirahub;help;admin;user'= {
            cand add 'Create an account (password from a prompt, --password-stdin or JIRAHUB_PASSWORD)'
            cand set-role 'Make an account admin or user'
            cand disable 'Stop an account from logging in (its sessions are revoked)'
            cand enable 'Let a disabled account log in again'
            cand reset-password 'Set a new password for an account (its sessions are revoked)'
            cand delete 'Delete an account and everything it owns'
        }
        &'jirahub;help;admin;user;add'= {
        }
        &'jirahub;help;admin;user;set-role'= {
        }
        &'jirahub;help;admin;user;disable'= {
        }
        &'jirahub;help;admin;user;enable'= {
        }
        &'jirahub;help;admin;user;reset-password'= {
        }
        &'jirahub;help;admin;user;delete'= {
        }
        &'jirahub;help;admin;sessions'= {
            cand list 'List sessions (all accounts, or one with --user)'
            cand revoke 'Revoke a session by id'
        }
        &'jirahub;help;admin;sessions;list'= {
        }
        &'jirahub;help;admin;sessions;revoke'= {
        }
        &'jirahub;help;admin;registration'= {
        }
        &'jirahub;help;config'= {
        }
        &'jirahub;help;completions'= {
        }
        &'jirahub;help;help'= {
        }
    ]
    $completions[$command]
}
