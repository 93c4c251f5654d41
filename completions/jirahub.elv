
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
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand register 'Create an account (the first account becomes admin)'
            cand login 'Log in and start a session'
            cand logout 'End the current session'
            cand whoami 'Show the logged-in account'
            cand passwd 'Change your password'
            cand admin 'Manage accounts, sessions and registration (admins only)'
            cand connect 'Connect your account to a Jira site (Cloud API token or Data Center PAT)'
            cand projects 'Discover Jira projects and choose which ones jirahub reports on'
            cand boards 'List a project''s boards and narrow a project to some of them'
            cand fields 'Show the custom fields used for story points, sprint and team; pin one when discovery guesses wrong'
            cand sync 'Refresh the local snapshot of the selected projects from Jira'
            cand sync-members 'Update team members from the assignees and reporters of synced issues'
            cand dashboard 'The team''s workload: summary, workload per person, status, overdue, tickets'
            cand insights 'Flow metrics from the synced history: cycle time, throughput, Monte Carlo forecasts'
            cand report 'One self-contained HTML file: workload, overdue, velocity, burndown, throughput, cycle time, aging, flow'
            cand ticket 'Everything about one ticket: fields, description, subtasks, links, worklogs, comments'
            cand member 'Team members: list, show one, label them'
            cand notify 'Where reports are delivered: a Slack incoming webhook, kept encrypted'
            cand send 'Send a report: a dashboard to Slack or by email'
            cand view 'Saved views: dashboard or insights flags under a name, run with --view NAME'
            cand ignore 'Leave tickets or issue types out of every report'
            cand config 'Show the effective configuration and where each value came from (secrets masked)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;register'= {
            cand --email 'Account email (prompted for on a terminal when omitted)'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;login'= {
            cand --email 'Account email (prompted for on a terminal when omitted)'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;logout'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;whoami'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;passwd'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --password-stdin 'Read the current and the new password from the first two lines of standard input'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand users 'List accounts'
            cand user 'Add, change or remove an account'
            cand sessions 'List or revoke sessions'
            cand registration 'Open or close self-registration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;admin;users'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
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
            cand --role 'The new account''s role'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --password-stdin 'Read the new account''s password from standard input'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user;set-role'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user;disable'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user;enable'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user;reset-password'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --password-stdin 'Read the new password from standard input'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;user;delete'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
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
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List sessions (all accounts, or one with --user)'
            cand revoke 'Revoke a session by id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;admin;sessions;list'= {
            cand --user 'Only this account''s sessions'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --all 'Include expired and revoked sessions'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;admin;sessions;revoke'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
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
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
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
        &'jirahub;connect'= {
            cand --url 'Jira base URL, e.g. https://your-site.atlassian.net or https://jira.example.com/jira'
            cand --email 'The email of your Atlassian account, the one you log in to Jira with (Cloud; a Data Center personal access token needs none)'
            cand --deployment 'Cloud or Data Center; `auto` asks the site''s /serverInfo'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --token-stdin 'Read the API token (or PAT) from the first line of standard input; else JIRA_API_TOKEN, else a prompt'
            cand --status 'Same as `connect status` (kept for scripts)'
            cand --remove 'Same as `connect remove` (kept for scripts)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show the saved connection (never the token)'
            cand remove 'Forget the saved connection and its token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;connect;status'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;connect;remove'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;connect;help'= {
            cand status 'Show the saved connection (never the token)'
            cand remove 'Forget the saved connection and its token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;connect;help;status'= {
        }
        &'jirahub;connect;help;remove'= {
        }
        &'jirahub;connect;help;help'= {
        }
        &'jirahub;projects'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand discover 'List the projects your Jira account can see'
            cand list 'List the selected projects'
            cand select 'Report on these projects'
            cand deselect 'Stop reporting on these projects'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;projects;discover'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;projects;list'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;projects;select'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;projects;deselect'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;projects;help'= {
            cand discover 'List the projects your Jira account can see'
            cand list 'List the selected projects'
            cand select 'Report on these projects'
            cand deselect 'Stop reporting on these projects'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;projects;help;discover'= {
        }
        &'jirahub;projects;help;list'= {
        }
        &'jirahub;projects;help;select'= {
        }
        &'jirahub;projects;help;deselect'= {
        }
        &'jirahub;projects;help;help'= {
        }
        &'jirahub;boards'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a project''s boards (all projects'' selected boards without --project)'
            cand select 'Report only on issues of these boards for the project'
            cand deselect 'Stop narrowing the project to these boards'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;boards;list'= {
            cand --project 'The project (its key)'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;boards;select'= {
            cand --project 'The project (its key)'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;boards;deselect'= {
            cand --project 'The project (its key)'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;boards;help'= {
            cand list 'List a project''s boards (all projects'' selected boards without --project)'
            cand select 'Report only on issues of these boards for the project'
            cand deselect 'Stop narrowing the project to these boards'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;boards;help;list'= {
        }
        &'jirahub;boards;help;select'= {
        }
        &'jirahub;boards;help;deselect'= {
        }
        &'jirahub;boards;help;help'= {
        }
        &'jirahub;fields'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the fields in use (the default)'
            cand set 'Pin a field id for a purpose, e.g. `fields set story-points customfield_10026`'
            cand unset 'Remove a pin and go back to discovery'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;fields;show'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;fields;set'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;fields;unset'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;fields;help'= {
            cand show 'Show the fields in use (the default)'
            cand set 'Pin a field id for a purpose, e.g. `fields set story-points customfield_10026`'
            cand unset 'Remove a pin and go back to discovery'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;fields;help;show'= {
        }
        &'jirahub;fields;help;set'= {
        }
        &'jirahub;fields;help;unset'= {
        }
        &'jirahub;fields;help;help'= {
        }
        &'jirahub;sync'= {
            cand --project 'Only these selected projects (default: all selected)'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --full 'Refetch everything instead of only what changed since the last sync'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;sync-members'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --deactivate-missing 'Mark members who no longer appear on any synced issue as inactive'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;dashboard'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --section 'Sections to show: summary, workload, status, overdue, tickets, or all (CSV: exactly one)'
            cand --project 'Only these projects (among the selected ones)'
            cand --board 'Only issues on these boards (selected boards)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` (the connected Jira account) or `unassigned`'
            cand --team 'Only members carrying one of these team labels (`jirahub member label add`)'
            cand --status 'Only these statuses: names, or the categories todo, in-progress, done'
            cand --exclude-status 'Leave out these statuses (names or categories)'
            cand --created-from 'Created on or after (YYYY-MM-DD, today, yesterday, -7d, +2w, -1m)'
            cand --created-to 'Created on or before'
            cand --due-from 'Due on or after'
            cand --due-to 'Due on or before'
            cand --label 'Only issues with any of these Jira labels'
            cand --points-min 'At least this many story points'
            cand --points-max 'At most this many story points'
            cand --type 'Only these issue types'
            cand --priority 'Only these priorities (e.g. High, Highest)'
            cand --component 'Only issues with any of these components'
            cand --sprint 'Only issues in these sprints: a sprint name, or `active` for any running sprint'
            cand --jql 'Only tickets Jira finds with this JQL clause, ANDed with the projects (asks Jira: not with --offline)'
            cand --sort 'Sort the overdue and tickets lists: key, due, created, updated, points, status, assignee, priority (`-due` for descending)'
            cand --columns 'Only these columns of the overdue and tickets lists, in this order (every format), e.g. key,summary,url'
            cand --limit 'At most N rows in the overdue and tickets lists'
            cand --tz 'Time zone for "today" and dates: local, UTC, +05:30, Europe/Berlin'
            cand --max-overdue 'Gate: exit 6 (after the report) when more than N matching tickets are overdue'
            cand --max-unassigned 'Gate: exit 6 when more than N open tickets have no assignee'
            cand --max-missing-points 'Gate: exit 6 when more than N open tickets (not sub-tasks) have no story points'
            cand --max-wip 'Gate: exit 6 when anyone has more than N tickets in progress'
            cand --max-age 'Gate: exit 6 when an open ticket was created more than DAYS days ago'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --all-labels 'With --label: require all of the labels'
            cand --no-points 'Only issues without story points'
            cand --include-ignored 'Include tickets and issue types you ignore'
            cand --strict 'A filter value that matches no synced ticket is an error (exit 2), not a warning'
            cand --refresh 'Sync before reporting even when the snapshot is fresh'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand cycle-time 'Days from the first move into In Progress to the last move into Done, per issue done in the range; percentiles 50/70/85/95, by type'
            cand throughput 'Issues done per day or week, empty periods as zero'
            cand velocity 'Commitment and completed points per closed sprint of a board, as Jira''s Velocity Chart counts them'
            cand sprint 'Jira''s Sprint Report of one sprint: completed, not completed, removed, completed outside, added after start'
            cand burndown 'A sprint''s remaining estimate day by day, the ideal line, and every scope change'
            cand burnup 'Scope and done over time, day by day (issues, or points with --points)'
            cand flow 'Cumulative flow: issues in each status (or category) at the end of each day'
            cand aging 'Work in progress with its age, oldest first, against the cycle-time percentiles'
            cand created-vs-resolved 'Issues created and resolved per day or week'
            cand time 'Hours logged per period, by member, project, epic, type or label; against a capacity; with rates, amounts'
            cand forecast 'Monte Carlo over the daily throughput of a recent window: when N more are done, or how many by a date'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;insights;cycle-time'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand --chart 'Also draw the report as an SVG chart into this file'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights;throughput'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand --chart 'Also draw the report as an SVG chart into this file'
            cand --per 'Bucket by day or by ISO week (Monday first)'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights;velocity'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand --chart 'Also draw the report as an SVG chart into this file'
            cand --sprints 'How many of the last closed sprints'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights;sprint'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand --chart 'Also draw the report as an SVG chart into this file'
            cand --sprint 'A sprint id, `active` (the default) or `last` (the last closed one)'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights;burndown'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand --chart 'Also draw the report as an SVG chart into this file'
            cand --sprint 'A sprint id, `active` (the default) or `last`'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --calendar-days 'Count weekends too (default: working days only)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights;burnup'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand --chart 'Also draw the report as an SVG chart into this file'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --points 'Sum story points instead of counting issues'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights;flow'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand --chart 'Also draw the report as an SVG chart into this file'
            cand --by 'One series per status, or per status category'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights;aging'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand --chart 'Also draw the report as an SVG chart into this file'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights;created-vs-resolved'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand --chart 'Also draw the report as an SVG chart into this file'
            cand --per 'Bucket by day or by ISO week'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --cumulative 'Running totals from the first period'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights;time'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand --chart 'Also draw the report as an SVG chart into this file'
            cand --per 'Bucket by day, ISO week or month'
            cand --by 'Group hours by member (the worklog''s author), project, epic, type or label'
            cand --capacity 'What a member can log, e.g. 32h/week; per team label or member: label:NAME=16h/week, ada@example.com=24h/week (repeatable; with --by member)'
            cand --rates 'Hourly rates, CSV `who,rate,currency` (who: a member, or label:NAME): adds amounts'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights;forecast'= {
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand --chart 'Also draw the report as an SVG chart into this file'
            cand --items 'When will this many more issues be done?'
            cand --until 'How many will be done by this date (YYYY-MM-DD or +4w)?'
            cand --window 'Days of recent throughput to sample from'
            cand --trials 'Simulated futures'
            cand --seed 'Seed of the random draws (the same seed, the same answer)'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;insights;help'= {
            cand cycle-time 'Days from the first move into In Progress to the last move into Done, per issue done in the range; percentiles 50/70/85/95, by type'
            cand throughput 'Issues done per day or week, empty periods as zero'
            cand velocity 'Commitment and completed points per closed sprint of a board, as Jira''s Velocity Chart counts them'
            cand sprint 'Jira''s Sprint Report of one sprint: completed, not completed, removed, completed outside, added after start'
            cand burndown 'A sprint''s remaining estimate day by day, the ideal line, and every scope change'
            cand burnup 'Scope and done over time, day by day (issues, or points with --points)'
            cand flow 'Cumulative flow: issues in each status (or category) at the end of each day'
            cand aging 'Work in progress with its age, oldest first, against the cycle-time percentiles'
            cand created-vs-resolved 'Issues created and resolved per day or week'
            cand time 'Hours logged per period, by member, project, epic, type or label; against a capacity; with rates, amounts'
            cand forecast 'Monte Carlo over the daily throughput of a recent window: when N more are done, or how many by a date'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;insights;help;cycle-time'= {
        }
        &'jirahub;insights;help;throughput'= {
        }
        &'jirahub;insights;help;velocity'= {
        }
        &'jirahub;insights;help;sprint'= {
        }
        &'jirahub;insights;help;burndown'= {
        }
        &'jirahub;insights;help;burnup'= {
        }
        &'jirahub;insights;help;flow'= {
        }
        &'jirahub;insights;help;aging'= {
        }
        &'jirahub;insights;help;created-vs-resolved'= {
        }
        &'jirahub;insights;help;time'= {
        }
        &'jirahub;insights;help;forecast'= {
        }
        &'jirahub;insights;help;help'= {
        }
        &'jirahub;report'= {
            cand --html 'Write the report here as one self-contained HTML file (`-`: stdout)'
            cand --view 'Run a saved view (`jirahub view list`); flags given here override the view''s'
            cand --project 'Only these projects (among the selected ones)'
            cand --assignee 'Only these assignees: display name, email, account id, `me` or `unassigned`'
            cand --type 'Only these issue types'
            cand --team 'Only issues assigned to members with these team labels (`jirahub member label`)'
            cand --board 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues'
            cand --from 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)'
            cand --to 'Issues done on or before (default today)'
            cand --tz 'Time zone for dates: local, UTC, +05:30, Europe/Berlin'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --offline 'Never contact Jira; report from the last snapshot'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;ticket'= {
            cand --comments 'How many of the most recent comments to show'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --refresh 'Fetch from Jira even when a cached copy is fresh'
            cand --offline 'Only use the cached copy'
            cand --web 'Open the ticket in the browser (on a terminal), or print its URL (in a pipe)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;member'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Team members with their labels and open tickets'
            cand show 'One member: profile, labels, tickets by status, overdue, points, the tickets'
            cand label 'Add or remove team labels on a member'
            cand labels 'Team labels with their members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;member;list'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;member;show'= {
            cand --tz 'Time zone for "today": local, UTC, +05:30, Europe/Berlin'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;member;label'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'add'
            cand remove 'remove'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;member;label;add'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;member;label;remove'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;member;label;help'= {
            cand add 'add'
            cand remove 'remove'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;member;label;help;add'= {
        }
        &'jirahub;member;label;help;remove'= {
        }
        &'jirahub;member;label;help;help'= {
        }
        &'jirahub;member;labels'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;member;help'= {
            cand list 'Team members with their labels and open tickets'
            cand show 'One member: profile, labels, tickets by status, overdue, points, the tickets'
            cand label 'Add or remove team labels on a member'
            cand labels 'Team labels with their members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;member;help;list'= {
        }
        &'jirahub;member;help;show'= {
        }
        &'jirahub;member;help;label'= {
            cand add 'add'
            cand remove 'remove'
        }
        &'jirahub;member;help;label;add'= {
        }
        &'jirahub;member;help;label;remove'= {
        }
        &'jirahub;member;help;labels'= {
        }
        &'jirahub;member;help;help'= {
        }
        &'jirahub;notify'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Store where to deliver: the Slack incoming-webhook URL (prompted, --url-stdin, or JIRAHUB_SLACK_WEBHOOK)'
            cand status 'Which targets are set and when (never their address)'
            cand remove 'Forget a target'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;notify;set'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --url-stdin 'Read the URL from the first line of stdin (it is a secret: never an argument)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;notify;status'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;notify;remove'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;notify;help'= {
            cand set 'Store where to deliver: the Slack incoming-webhook URL (prompted, --url-stdin, or JIRAHUB_SLACK_WEBHOOK)'
            cand status 'Which targets are set and when (never their address)'
            cand remove 'Forget a target'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;notify;help;set'= {
        }
        &'jirahub;notify;help;status'= {
        }
        &'jirahub;notify;help;remove'= {
        }
        &'jirahub;notify;help;help'= {
        }
        &'jirahub;send'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand slack 'Post a dashboard''s summary, failed gates and overdue list to your Slack webhook'
            cand email 'Mail a dashboard over SMTP: HTML with a plain-text alternative, the tickets as CSV on request'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;send;slack'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --only-if-failed 'Send only when a gate (--max-overdue …) fails: "tell me when overdue > 10"'
            cand --dry-run 'Print the message (Slack''s JSON, or the mail as RFC 5322) on stdout instead of sending it'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;send;email'= {
            cand --to 'Recipients (`Name <addr>` or `addr`)'
            cand --from 'The sender (default SMTP_FROM)'
            cand --subject 'The subject (default: "Jira workload: " and the report''s headline)'
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --csv 'Attach the tickets as tickets.csv'
            cand --only-if-failed 'Send only when a gate (--max-overdue …) fails: "tell me when overdue > 10"'
            cand --dry-run 'Print the message (Slack''s JSON, or the mail as RFC 5322) on stdout instead of sending it'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;send;help'= {
            cand slack 'Post a dashboard''s summary, failed gates and overdue list to your Slack webhook'
            cand email 'Mail a dashboard over SMTP: HTML with a plain-text alternative, the tickets as CSV on request'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;send;help;slack'= {
        }
        &'jirahub;send;help;email'= {
        }
        &'jirahub;send;help;help'= {
        }
        &'jirahub;view'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand save 'Save flags under a name: `view save NAME dashboard FLAGS…` or `view save NAME insights REPORT FLAGS…`'
            cand list 'Your views, then those published for every account'
            cand show 'One view: the command line it runs'
            cand delete 'Delete one of your views'
            cand publish 'Let every account run one of your views by name (admin)'
            cand unpublish 'Withdraw one of your published views (admin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;view;save'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --replace 'Overwrite your view of that name'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;view;list'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;view;show'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;view;delete'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;view;publish'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;view;unpublish'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;view;help'= {
            cand save 'Save flags under a name: `view save NAME dashboard FLAGS…` or `view save NAME insights REPORT FLAGS…`'
            cand list 'Your views, then those published for every account'
            cand show 'One view: the command line it runs'
            cand delete 'Delete one of your views'
            cand publish 'Let every account run one of your views by name (admin)'
            cand unpublish 'Withdraw one of your published views (admin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;view;help;save'= {
        }
        &'jirahub;view;help;list'= {
        }
        &'jirahub;view;help;show'= {
        }
        &'jirahub;view;help;delete'= {
        }
        &'jirahub;view;help;publish'= {
        }
        &'jirahub;view;help;unpublish'= {
        }
        &'jirahub;view;help;help'= {
        }
        &'jirahub;ignore'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ticket 'Ignore or stop ignoring tickets by key'
            cand type 'Ignore or stop ignoring issue types by name (e.g. "Sub-task")'
            cand list 'Show what is ignored'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;ignore;ticket'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Ignore these (ticket keys or issue type names)'
            cand remove 'Stop ignoring these'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;ignore;ticket;add'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;ignore;ticket;remove'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;ignore;ticket;help'= {
            cand add 'Ignore these (ticket keys or issue type names)'
            cand remove 'Stop ignoring these'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;ignore;ticket;help;add'= {
        }
        &'jirahub;ignore;ticket;help;remove'= {
        }
        &'jirahub;ignore;ticket;help;help'= {
        }
        &'jirahub;ignore;type'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Ignore these (ticket keys or issue type names)'
            cand remove 'Stop ignoring these'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;ignore;type;add'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;ignore;type;remove'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;ignore;type;help'= {
            cand add 'Ignore these (ticket keys or issue type names)'
            cand remove 'Stop ignoring these'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;ignore;type;help;add'= {
        }
        &'jirahub;ignore;type;help;remove'= {
        }
        &'jirahub;ignore;type;help;help'= {
        }
        &'jirahub;ignore;list'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;ignore;help'= {
            cand ticket 'Ignore or stop ignoring tickets by key'
            cand type 'Ignore or stop ignoring issue types by name (e.g. "Sub-task")'
            cand list 'Show what is ignored'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'jirahub;ignore;help;ticket'= {
            cand add 'Ignore these (ticket keys or issue type names)'
            cand remove 'Stop ignoring these'
        }
        &'jirahub;ignore;help;ticket;add'= {
        }
        &'jirahub;ignore;help;ticket;remove'= {
        }
        &'jirahub;ignore;help;type'= {
            cand add 'Ignore these (ticket keys or issue type names)'
            cand remove 'Stop ignoring these'
        }
        &'jirahub;ignore;help;type;add'= {
        }
        &'jirahub;ignore;help;type;remove'= {
        }
        &'jirahub;ignore;help;list'= {
        }
        &'jirahub;ignore;help;help'= {
        }
        &'jirahub;config'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'jirahub;completions'= {
            cand -o 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --format 'Output format: a table for people, json or csv for scripts, markdown for CI summaries'
            cand --color 'When to use colours (NO_COLOR is honoured in `auto`)'
            cand --config 'Read settings from this file instead of ~/.config/jirahub/config.toml'
            cand --env-file 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)'
            cand --bom 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
            cand --wide 'Tables keep every column and cut no cell (default: fit the terminal''s width)'
            cand -q 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand --quiet 'Print only the report and errors: no progress, confirmations, hints or warnings'
            cand -v 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --verbose 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
            cand --no-input 'Never prompt (automatic when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
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
            cand connect 'Connect your account to a Jira site (Cloud API token or Data Center PAT)'
            cand projects 'Discover Jira projects and choose which ones jirahub reports on'
            cand boards 'List a project''s boards and narrow a project to some of them'
            cand fields 'Show the custom fields used for story points, sprint and team; pin one when discovery guesses wrong'
            cand sync 'Refresh the local snapshot of the selected projects from Jira'
            cand sync-members 'Update team members from the assignees and reporters of synced issues'
            cand dashboard 'The team''s workload: summary, workload per person, status, overdue, tickets'
            cand insights 'Flow metrics from the synced history: cycle time, throughput, Monte Carlo forecasts'
            cand report 'One self-contained HTML file: workload, overdue, velocity, burndown, throughput, cycle time, aging, flow'
            cand ticket 'Everything about one ticket: fields, description, subtasks, links, worklogs, comments'
            cand member 'Team members: list, show one, label them'
            cand notify 'Where reports are delivered: a Slack incoming webhook, kept encrypted'
            cand send 'Send a report: a dashboard to Slack or by email'
            cand view 'Saved views: dashboard or insights flags under a name, run with --view NAME'
            cand ignore 'Leave tickets or issue types out of every report'
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
        &'jirahub;help;connect'= {
            cand status 'Show the saved connection (never the token)'
            cand remove 'Forget the saved connection and its token'
        }
        &'jirahub;help;connect;status'= {
        }
        &'jirahub;help;connect;remove'= {
        }
        &'jirahub;help;projects'= {
            cand discover 'List the projects your Jira account can see'
            cand list 'List the selected projects'
            cand select 'Report on these projects'
            cand deselect 'Stop reporting on these projects'
        }
        &'jirahub;help;projects;discover'= {
        }
        &'jirahub;help;projects;list'= {
        }
        &'jirahub;help;projects;select'= {
        }
        &'jirahub;help;projects;deselect'= {
        }
        &'jirahub;help;boards'= {
            cand list 'List a project''s boards (all projects'' selected boards without --project)'
            cand select 'Report only on issues of these boards for the project'
            cand deselect 'Stop narrowing the project to these boards'
        }
        &'jirahub;help;boards;list'= {
        }
        &'jirahub;help;boards;select'= {
        }
        &'jirahub;help;boards;deselect'= {
        }
        &'jirahub;help;fields'= {
            cand show 'Show the fields in use (the default)'
            cand set 'Pin a field id for a purpose, e.g. `fields set story-points customfield_10026`'
            cand unset 'Remove a pin and go back to discovery'
        }
        &'jirahub;help;fields;show'= {
        }
        &'jirahub;help;fields;set'= {
        }
        &'jirahub;help;fields;unset'= {
        }
        &'jirahub;help;sync'= {
        }
        &'jirahub;help;sync-members'= {
        }
        &'jirahub;help;dashboard'= {
        }
        &'jirahub;help;insights'= {
            cand cycle-time 'Days from the first move into In Progress to the last move into Done, per issue done in the range; percentiles 50/70/85/95, by type'
            cand throughput 'Issues done per day or week, empty periods as zero'
            cand velocity 'Commitment and completed points per closed sprint of a board, as Jira''s Velocity Chart counts them'
            cand sprint 'Jira''s Sprint Report of one sprint: completed, not completed, removed, completed outside, added after start'
            cand burndown 'A sprint''s remaining estimate day by day, the ideal line, and every scope change'
            cand burnup 'Scope and done over time, day by day (issues, or points with --points)'
            cand flow 'Cumulative flow: issues in each status (or category) at the end of each day'
            cand aging 'Work in progress with its age, oldest first, against the cycle-time percentiles'
            cand created-vs-resolved 'Issues created and resolved per day or week'
            cand time 'Hours logged per period, by member, project, epic, type or label; against a capacity; with rates, amounts'
            cand forecast 'Monte Carlo over the daily throughput of a recent window: when N more are done, or how many by a date'
        }
        &'jirahub;help;insights;cycle-time'= {
        }
        &'jirahub;help;insights;throughput'= {
        }
        &'jirahub;help;insights;velocity'= {
        }
        &'jirahub;help;insights;sprint'= {
        }
        &'jirahub;help;insights;burndown'= {
        }
        &'jirahub;help;insights;burnup'= {
        }
        &'jirahub;help;insights;flow'= {
        }
        &'jirahub;help;insights;aging'= {
        }
        &'jirahub;help;insights;created-vs-resolved'= {
        }
        &'jirahub;help;insights;time'= {
        }
        &'jirahub;help;insights;forecast'= {
        }
        &'jirahub;help;report'= {
        }
        &'jirahub;help;ticket'= {
        }
        &'jirahub;help;member'= {
            cand list 'Team members with their labels and open tickets'
            cand show 'One member: profile, labels, tickets by status, overdue, points, the tickets'
            cand label 'Add or remove team labels on a member'
            cand labels 'Team labels with their members'
        }
        &'jirahub;help;member;list'= {
        }
        &'jirahub;help;member;show'= {
        }
        &'jirahub;help;member;label'= {
            cand add 'add'
            cand remove 'remove'
        }
        &'jirahub;help;member;label;add'= {
        }
        &'jirahub;help;member;label;remove'= {
        }
        &'jirahub;help;member;labels'= {
        }
        &'jirahub;help;notify'= {
            cand set 'Store where to deliver: the Slack incoming-webhook URL (prompted, --url-stdin, or JIRAHUB_SLACK_WEBHOOK)'
            cand status 'Which targets are set and when (never their address)'
            cand remove 'Forget a target'
        }
        &'jirahub;help;notify;set'= {
        }
        &'jirahub;help;notify;status'= {
        }
        &'jirahub;help;notify;remove'= {
        }
        &'jirahub;help;send'= {
            cand slack 'Post a dashboard''s summary, failed gates and overdue list to your Slack webhook'
            cand email 'Mail a dashboard over SMTP: HTML with a plain-text alternative, the tickets as CSV on request'
        }
        &'jirahub;help;send;slack'= {
        }
        &'jirahub;help;send;email'= {
        }
        &'jirahub;help;view'= {
            cand save 'Save flags under a name: `view save NAME dashboard FLAGS…` or `view save NAME insights REPORT FLAGS…`'
            cand list 'Your views, then those published for every account'
            cand show 'One view: the command line it runs'
            cand delete 'Delete one of your views'
            cand publish 'Let every account run one of your views by name (admin)'
            cand unpublish 'Withdraw one of your published views (admin)'
        }
        &'jirahub;help;view;save'= {
        }
        &'jirahub;help;view;list'= {
        }
        &'jirahub;help;view;show'= {
        }
        &'jirahub;help;view;delete'= {
        }
        &'jirahub;help;view;publish'= {
        }
        &'jirahub;help;view;unpublish'= {
        }
        &'jirahub;help;ignore'= {
            cand ticket 'Ignore or stop ignoring tickets by key'
            cand type 'Ignore or stop ignoring issue types by name (e.g. "Sub-task")'
            cand list 'Show what is ignored'
        }
        &'jirahub;help;ignore;ticket'= {
            cand add 'Ignore these (ticket keys or issue type names)'
            cand remove 'Stop ignoring these'
        }
        &'jirahub;help;ignore;ticket;add'= {
        }
        &'jirahub;help;ignore;ticket;remove'= {
        }
        &'jirahub;help;ignore;type'= {
            cand add 'Ignore these (ticket keys or issue type names)'
            cand remove 'Stop ignoring these'
        }
        &'jirahub;help;ignore;type;add'= {
        }
        &'jirahub;help;ignore;type;remove'= {
        }
        &'jirahub;help;ignore;list'= {
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
