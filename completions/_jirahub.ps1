
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'jirahub' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'jirahub'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'jirahub' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Create an account (the first account becomes admin)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and start a session')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the current session')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the logged-in account')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your password')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Manage accounts, sessions and registration (admins only)')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect your account to a Jira site (Cloud API token or Data Center PAT)')
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'Discover Jira projects and choose which ones jirahub reports on')
            [CompletionResult]::new('boards', 'boards', [CompletionResultType]::ParameterValue, 'List a project''s boards and narrow a project to some of them')
            [CompletionResult]::new('fields', 'fields', [CompletionResultType]::ParameterValue, 'Show the custom fields used for story points, sprint and team; pin one when discovery guesses wrong')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Refresh the local snapshot of the selected projects from Jira')
            [CompletionResult]::new('sync-members', 'sync-members', [CompletionResultType]::ParameterValue, 'Update team members from the assignees and reporters of synced issues')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The team''s workload: summary, workload per person, status, overdue, tickets')
            [CompletionResult]::new('insights', 'insights', [CompletionResultType]::ParameterValue, 'Flow metrics from the synced history: cycle time, throughput, Monte Carlo forecasts')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'One self-contained HTML file: workload, overdue, velocity, burndown, throughput, cycle time, aging, flow')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Everything about one ticket: fields, description, subtasks, links, worklogs, comments')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Team members: list, show one, label them')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Where reports are delivered: a Slack incoming webhook, kept encrypted')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a report: a dashboard to Slack or by email')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Saved views: dashboard or insights flags under a name, run with --view NAME')
            [CompletionResult]::new('ignore', 'ignore', [CompletionResultType]::ParameterValue, 'Leave tickets or issue types out of every report')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the effective configuration and where each value came from (secrets masked)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;register' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Account email (prompted for on a terminal when omitted)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;login' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Account email (prompted for on a terminal when omitted)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;logout' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;whoami' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;passwd' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the current and the new password from the first two lines of standard input')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;admin' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, change or remove an account')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'List or revoke sessions')
            [CompletionResult]::new('registration', 'registration', [CompletionResultType]::ParameterValue, 'Open or close self-registration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;admin;users' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;admin;user' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account (password from a prompt, --password-stdin or JIRAHUB_PASSWORD)')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Make an account admin or user')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop an account from logging in (its sessions are revoked)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a disabled account log in again')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for an account (its sessions are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account and everything it owns')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;admin;user;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The new account''s role')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new account''s password from standard input')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;admin;user;set-role' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;admin;user;disable' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;admin;user;enable' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;admin;user;reset-password' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from standard input')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;admin;user;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;admin;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account (password from a prompt, --password-stdin or JIRAHUB_PASSWORD)')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Make an account admin or user')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop an account from logging in (its sessions are revoked)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a disabled account log in again')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for an account (its sessions are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account and everything it owns')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;admin;user;help;add' {
            break
        }
        'jirahub;admin;user;help;set-role' {
            break
        }
        'jirahub;admin;user;help;disable' {
            break
        }
        'jirahub;admin;user;help;enable' {
            break
        }
        'jirahub;admin;user;help;reset-password' {
            break
        }
        'jirahub;admin;user;help;delete' {
            break
        }
        'jirahub;admin;user;help;help' {
            break
        }
        'jirahub;admin;sessions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions (all accounts, or one with --user)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a session by id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;admin;sessions;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this account''s sessions')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include expired and revoked sessions')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;admin;sessions;revoke' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;admin;sessions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions (all accounts, or one with --user)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a session by id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;admin;sessions;help;list' {
            break
        }
        'jirahub;admin;sessions;help;revoke' {
            break
        }
        'jirahub;admin;sessions;help;help' {
            break
        }
        'jirahub;admin;registration' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;admin;help' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, change or remove an account')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'List or revoke sessions')
            [CompletionResult]::new('registration', 'registration', [CompletionResultType]::ParameterValue, 'Open or close self-registration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;admin;help;users' {
            break
        }
        'jirahub;admin;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account (password from a prompt, --password-stdin or JIRAHUB_PASSWORD)')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Make an account admin or user')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop an account from logging in (its sessions are revoked)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a disabled account log in again')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for an account (its sessions are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account and everything it owns')
            break
        }
        'jirahub;admin;help;user;add' {
            break
        }
        'jirahub;admin;help;user;set-role' {
            break
        }
        'jirahub;admin;help;user;disable' {
            break
        }
        'jirahub;admin;help;user;enable' {
            break
        }
        'jirahub;admin;help;user;reset-password' {
            break
        }
        'jirahub;admin;help;user;delete' {
            break
        }
        'jirahub;admin;help;sessions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions (all accounts, or one with --user)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a session by id')
            break
        }
        'jirahub;admin;help;sessions;list' {
            break
        }
        'jirahub;admin;help;sessions;revoke' {
            break
        }
        'jirahub;admin;help;registration' {
            break
        }
        'jirahub;admin;help;help' {
            break
        }
        'jirahub;connect' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Jira base URL, e.g. https://your-site.atlassian.net or https://jira.example.com/jira')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The email of your Atlassian account, the one you log in to Jira with (Cloud; a Data Center personal access token needs none)')
            [CompletionResult]::new('--deployment', '--deployment', [CompletionResultType]::ParameterName, 'Cloud or Data Center; `auto` asks the site''s /serverInfo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the API token (or PAT) from the first line of standard input; else JIRA_API_TOKEN, else a prompt')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Same as `connect status` (kept for scripts)')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Same as `connect remove` (kept for scripts)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the saved connection (never the token)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget the saved connection and its token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;connect;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;connect;remove' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;connect;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the saved connection (never the token)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget the saved connection and its token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;connect;help;status' {
            break
        }
        'jirahub;connect;help;remove' {
            break
        }
        'jirahub;connect;help;help' {
            break
        }
        'jirahub;projects' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'List the projects your Jira account can see')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the selected projects')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Report on these projects')
            [CompletionResult]::new('deselect', 'deselect', [CompletionResultType]::ParameterValue, 'Stop reporting on these projects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;projects;discover' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;projects;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;projects;select' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;projects;deselect' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;projects;help' {
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'List the projects your Jira account can see')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the selected projects')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Report on these projects')
            [CompletionResult]::new('deselect', 'deselect', [CompletionResultType]::ParameterValue, 'Stop reporting on these projects')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;projects;help;discover' {
            break
        }
        'jirahub;projects;help;list' {
            break
        }
        'jirahub;projects;help;select' {
            break
        }
        'jirahub;projects;help;deselect' {
            break
        }
        'jirahub;projects;help;help' {
            break
        }
        'jirahub;boards' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a project''s boards (all projects'' selected boards without --project)')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Report only on issues of these boards for the project')
            [CompletionResult]::new('deselect', 'deselect', [CompletionResultType]::ParameterValue, 'Stop narrowing the project to these boards')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;boards;list' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (its key)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;boards;select' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (its key)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;boards;deselect' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (its key)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;boards;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a project''s boards (all projects'' selected boards without --project)')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Report only on issues of these boards for the project')
            [CompletionResult]::new('deselect', 'deselect', [CompletionResultType]::ParameterValue, 'Stop narrowing the project to these boards')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;boards;help;list' {
            break
        }
        'jirahub;boards;help;select' {
            break
        }
        'jirahub;boards;help;deselect' {
            break
        }
        'jirahub;boards;help;help' {
            break
        }
        'jirahub;fields' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the fields in use (the default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Pin a field id for a purpose, e.g. `fields set story-points customfield_10026`')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a pin and go back to discovery')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;fields;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;fields;set' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;fields;unset' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;fields;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the fields in use (the default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Pin a field id for a purpose, e.g. `fields set story-points customfield_10026`')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a pin and go back to discovery')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;fields;help;show' {
            break
        }
        'jirahub;fields;help;set' {
            break
        }
        'jirahub;fields;help;unset' {
            break
        }
        'jirahub;fields;help;help' {
            break
        }
        'jirahub;sync' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these selected projects (default: all selected)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Refetch everything instead of only what changed since the last sync')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;sync-members' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--deactivate-missing', '--deactivate-missing', [CompletionResultType]::ParameterName, 'Mark members who no longer appear on any synced issue as inactive')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;dashboard' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Sections to show: summary, workload, status, overdue, tickets, or all (CSV: exactly one)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'Only issues on these boards (selected boards)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` (the connected Jira account) or `unassigned`')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only members carrying one of these team labels (`jirahub member label add`)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only these statuses: names, or the categories todo, in-progress, done')
            [CompletionResult]::new('--exclude-status', '--exclude-status', [CompletionResultType]::ParameterName, 'Leave out these statuses (names or categories)')
            [CompletionResult]::new('--created-from', '--created-from', [CompletionResultType]::ParameterName, 'Created on or after (YYYY-MM-DD, today, yesterday, -7d, +2w, -1m)')
            [CompletionResult]::new('--created-to', '--created-to', [CompletionResultType]::ParameterName, 'Created on or before')
            [CompletionResult]::new('--due-from', '--due-from', [CompletionResultType]::ParameterName, 'Due on or after')
            [CompletionResult]::new('--due-to', '--due-to', [CompletionResultType]::ParameterName, 'Due on or before')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Only issues with any of these Jira labels')
            [CompletionResult]::new('--points-min', '--points-min', [CompletionResultType]::ParameterName, 'At least this many story points')
            [CompletionResult]::new('--points-max', '--points-max', [CompletionResultType]::ParameterName, 'At most this many story points')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Only these priorities (e.g. High, Highest)')
            [CompletionResult]::new('--component', '--component', [CompletionResultType]::ParameterName, 'Only issues with any of these components')
            [CompletionResult]::new('--sprint', '--sprint', [CompletionResultType]::ParameterName, 'Only issues in these sprints: a sprint name, or `active` for any running sprint')
            [CompletionResult]::new('--jql', '--jql', [CompletionResultType]::ParameterName, 'Only tickets Jira finds with this JQL clause, ANDed with the projects (asks Jira: not with --offline)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort the overdue and tickets lists: key, due, created, updated, points, status, assignee, priority (`-due` for descending)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns of the overdue and tickets lists, in this order (every format), e.g. key,summary,url')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N rows in the overdue and tickets lists')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for "today" and dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--max-overdue', '--max-overdue', [CompletionResultType]::ParameterName, 'Gate: exit 6 (after the report) when more than N matching tickets are overdue')
            [CompletionResult]::new('--max-unassigned', '--max-unassigned', [CompletionResultType]::ParameterName, 'Gate: exit 6 when more than N open tickets have no assignee')
            [CompletionResult]::new('--max-missing-points', '--max-missing-points', [CompletionResultType]::ParameterName, 'Gate: exit 6 when more than N open tickets (not sub-tasks) have no story points')
            [CompletionResult]::new('--max-wip', '--max-wip', [CompletionResultType]::ParameterName, 'Gate: exit 6 when anyone has more than N tickets in progress')
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'Gate: exit 6 when an open ticket was created more than DAYS days ago')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--all-labels', '--all-labels', [CompletionResultType]::ParameterName, 'With --label: require all of the labels')
            [CompletionResult]::new('--no-points', '--no-points', [CompletionResultType]::ParameterName, 'Only issues without story points')
            [CompletionResult]::new('--include-ignored', '--include-ignored', [CompletionResultType]::ParameterName, 'Include tickets and issue types you ignore')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'A filter value that matches no synced ticket is an error (exit 2), not a warning')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Sync before reporting even when the snapshot is fresh')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cycle-time', 'cycle-time', [CompletionResultType]::ParameterValue, 'Days from the first move into In Progress to the last move into Done, per issue done in the range; percentiles 50/70/85/95, by type')
            [CompletionResult]::new('throughput', 'throughput', [CompletionResultType]::ParameterValue, 'Issues done per day or week, empty periods as zero')
            [CompletionResult]::new('velocity', 'velocity', [CompletionResultType]::ParameterValue, 'Commitment and completed points per closed sprint of a board, as Jira''s Velocity Chart counts them')
            [CompletionResult]::new('sprint', 'sprint', [CompletionResultType]::ParameterValue, 'Jira''s Sprint Report of one sprint: completed, not completed, removed, completed outside, added after start')
            [CompletionResult]::new('burndown', 'burndown', [CompletionResultType]::ParameterValue, 'A sprint''s remaining estimate day by day, the ideal line, and every scope change')
            [CompletionResult]::new('burnup', 'burnup', [CompletionResultType]::ParameterValue, 'Scope and done over time, day by day (issues, or points with --points)')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'Cumulative flow: issues in each status (or category) at the end of each day')
            [CompletionResult]::new('aging', 'aging', [CompletionResultType]::ParameterValue, 'Work in progress with its age, oldest first, against the cycle-time percentiles')
            [CompletionResult]::new('created-vs-resolved', 'created-vs-resolved', [CompletionResultType]::ParameterValue, 'Issues created and resolved per day or week')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'Hours logged per period, by member, project, epic, type or label; against a capacity; with rates, amounts')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Monte Carlo over the daily throughput of a recent window: when N more are done, or how many by a date')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;insights;cycle-time' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the report as an SVG chart into this file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights;throughput' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the report as an SVG chart into this file')
            [CompletionResult]::new('--per', '--per', [CompletionResultType]::ParameterName, 'Bucket by day or by ISO week (Monday first)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights;velocity' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the report as an SVG chart into this file')
            [CompletionResult]::new('--sprints', '--sprints', [CompletionResultType]::ParameterName, 'How many of the last closed sprints')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights;sprint' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the report as an SVG chart into this file')
            [CompletionResult]::new('--sprint', '--sprint', [CompletionResultType]::ParameterName, 'A sprint id, `active` (the default) or `last` (the last closed one)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights;burndown' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the report as an SVG chart into this file')
            [CompletionResult]::new('--sprint', '--sprint', [CompletionResultType]::ParameterName, 'A sprint id, `active` (the default) or `last`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--calendar-days', '--calendar-days', [CompletionResultType]::ParameterName, 'Count weekends too (default: working days only)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights;burnup' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the report as an SVG chart into this file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--points', '--points', [CompletionResultType]::ParameterName, 'Sum story points instead of counting issues')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights;flow' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the report as an SVG chart into this file')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One series per status, or per status category')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights;aging' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the report as an SVG chart into this file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights;created-vs-resolved' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the report as an SVG chart into this file')
            [CompletionResult]::new('--per', '--per', [CompletionResultType]::ParameterName, 'Bucket by day or by ISO week')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--cumulative', '--cumulative', [CompletionResultType]::ParameterName, 'Running totals from the first period')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights;time' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the report as an SVG chart into this file')
            [CompletionResult]::new('--per', '--per', [CompletionResultType]::ParameterName, 'Bucket by day, ISO week or month')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group hours by member (the worklog''s author), project, epic, type or label')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'What a member can log, e.g. 32h/week; per team label or member: label:NAME=16h/week, ada@example.com=24h/week (repeatable; with --by member)')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'Hourly rates, CSV `who,rate,currency` (who: a member, or label:NAME): adds amounts')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights;forecast' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the report as an SVG chart into this file')
            [CompletionResult]::new('--items', '--items', [CompletionResultType]::ParameterName, 'When will this many more issues be done?')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'How many will be done by this date (YYYY-MM-DD or +4w)?')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Days of recent throughput to sample from')
            [CompletionResult]::new('--trials', '--trials', [CompletionResultType]::ParameterName, 'Simulated futures')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the random draws (the same seed, the same answer)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;insights;help' {
            [CompletionResult]::new('cycle-time', 'cycle-time', [CompletionResultType]::ParameterValue, 'Days from the first move into In Progress to the last move into Done, per issue done in the range; percentiles 50/70/85/95, by type')
            [CompletionResult]::new('throughput', 'throughput', [CompletionResultType]::ParameterValue, 'Issues done per day or week, empty periods as zero')
            [CompletionResult]::new('velocity', 'velocity', [CompletionResultType]::ParameterValue, 'Commitment and completed points per closed sprint of a board, as Jira''s Velocity Chart counts them')
            [CompletionResult]::new('sprint', 'sprint', [CompletionResultType]::ParameterValue, 'Jira''s Sprint Report of one sprint: completed, not completed, removed, completed outside, added after start')
            [CompletionResult]::new('burndown', 'burndown', [CompletionResultType]::ParameterValue, 'A sprint''s remaining estimate day by day, the ideal line, and every scope change')
            [CompletionResult]::new('burnup', 'burnup', [CompletionResultType]::ParameterValue, 'Scope and done over time, day by day (issues, or points with --points)')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'Cumulative flow: issues in each status (or category) at the end of each day')
            [CompletionResult]::new('aging', 'aging', [CompletionResultType]::ParameterValue, 'Work in progress with its age, oldest first, against the cycle-time percentiles')
            [CompletionResult]::new('created-vs-resolved', 'created-vs-resolved', [CompletionResultType]::ParameterValue, 'Issues created and resolved per day or week')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'Hours logged per period, by member, project, epic, type or label; against a capacity; with rates, amounts')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Monte Carlo over the daily throughput of a recent window: when N more are done, or how many by a date')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;insights;help;cycle-time' {
            break
        }
        'jirahub;insights;help;throughput' {
            break
        }
        'jirahub;insights;help;velocity' {
            break
        }
        'jirahub;insights;help;sprint' {
            break
        }
        'jirahub;insights;help;burndown' {
            break
        }
        'jirahub;insights;help;burnup' {
            break
        }
        'jirahub;insights;help;flow' {
            break
        }
        'jirahub;insights;help;aging' {
            break
        }
        'jirahub;insights;help;created-vs-resolved' {
            break
        }
        'jirahub;insights;help;time' {
            break
        }
        'jirahub;insights;help;forecast' {
            break
        }
        'jirahub;insights;help;help' {
            break
        }
        'jirahub;report' {
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'Write the report here as one self-contained HTML file (`-`: stdout)')
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Run a saved view (`jirahub view list`); flags given here override the view''s')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only these projects (among the selected ones)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only these assignees: display name, email, account id, `me` or `unassigned`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these issue types')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only issues assigned to members with these team labels (`jirahub member label`)')
            [CompletionResult]::new('--board', '--board', [CompletionResultType]::ParameterName, 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issues done on or before (default today)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates: local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact Jira; report from the last snapshot')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;ticket' {
            [CompletionResult]::new('--comments', '--comments', [CompletionResultType]::ParameterName, 'How many of the most recent comments to show')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Fetch from Jira even when a cached copy is fresh')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Only use the cached copy')
            [CompletionResult]::new('--web', '--web', [CompletionResultType]::ParameterName, 'Open the ticket in the browser (on a terminal), or print its URL (in a pipe)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;member' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Team members with their labels and open tickets')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One member: profile, labels, tickets by status, overdue, points, the tickets')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Add or remove team labels on a member')
            [CompletionResult]::new('labels', 'labels', [CompletionResultType]::ParameterValue, 'Team labels with their members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;member;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;member;show' {
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for "today": local, UTC, +05:30, Europe/Berlin')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;member;label' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'add')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;member;label;add' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;member;label;remove' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;member;label;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'add')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;member;label;help;add' {
            break
        }
        'jirahub;member;label;help;remove' {
            break
        }
        'jirahub;member;label;help;help' {
            break
        }
        'jirahub;member;labels' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;member;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Team members with their labels and open tickets')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One member: profile, labels, tickets by status, overdue, points, the tickets')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Add or remove team labels on a member')
            [CompletionResult]::new('labels', 'labels', [CompletionResultType]::ParameterValue, 'Team labels with their members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;member;help;list' {
            break
        }
        'jirahub;member;help;show' {
            break
        }
        'jirahub;member;help;label' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'add')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'remove')
            break
        }
        'jirahub;member;help;label;add' {
            break
        }
        'jirahub;member;help;label;remove' {
            break
        }
        'jirahub;member;help;labels' {
            break
        }
        'jirahub;member;help;help' {
            break
        }
        'jirahub;notify' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store where to deliver: the Slack incoming-webhook URL (prompted, --url-stdin, or JIRAHUB_SLACK_WEBHOOK)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which targets are set and when (never their address)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a target')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;notify;set' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--url-stdin', '--url-stdin', [CompletionResultType]::ParameterName, 'Read the URL from the first line of stdin (it is a secret: never an argument)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;notify;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;notify;remove' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;notify;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store where to deliver: the Slack incoming-webhook URL (prompted, --url-stdin, or JIRAHUB_SLACK_WEBHOOK)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which targets are set and when (never their address)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a target')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;notify;help;set' {
            break
        }
        'jirahub;notify;help;status' {
            break
        }
        'jirahub;notify;help;remove' {
            break
        }
        'jirahub;notify;help;help' {
            break
        }
        'jirahub;send' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('slack', 'slack', [CompletionResultType]::ParameterValue, 'Post a dashboard''s summary, failed gates and overdue list to your Slack webhook')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Mail a dashboard over SMTP: HTML with a plain-text alternative, the tickets as CSV on request')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;send;slack' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--only-if-failed', '--only-if-failed', [CompletionResultType]::ParameterName, 'Send only when a gate (--max-overdue …) fails: "tell me when overdue > 10"')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the message (Slack''s JSON, or the mail as RFC 5322) on stdout instead of sending it')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;send;email' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Recipients (`Name <addr>` or `addr`)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The sender (default SMTP_FROM)')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject (default: "Jira workload: " and the report''s headline)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Attach the tickets as tickets.csv')
            [CompletionResult]::new('--only-if-failed', '--only-if-failed', [CompletionResultType]::ParameterName, 'Send only when a gate (--max-overdue …) fails: "tell me when overdue > 10"')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the message (Slack''s JSON, or the mail as RFC 5322) on stdout instead of sending it')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;send;help' {
            [CompletionResult]::new('slack', 'slack', [CompletionResultType]::ParameterValue, 'Post a dashboard''s summary, failed gates and overdue list to your Slack webhook')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Mail a dashboard over SMTP: HTML with a plain-text alternative, the tickets as CSV on request')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;send;help;slack' {
            break
        }
        'jirahub;send;help;email' {
            break
        }
        'jirahub;send;help;help' {
            break
        }
        'jirahub;view' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save flags under a name: `view save NAME dashboard FLAGS…` or `view save NAME insights REPORT FLAGS…`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your views, then those published for every account')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One view: the command line it runs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one of your views')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Let every account run one of your views by name (admin)')
            [CompletionResult]::new('unpublish', 'unpublish', [CompletionResultType]::ParameterValue, 'Withdraw one of your published views (admin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;view;save' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Overwrite your view of that name')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;view;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;view;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;view;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;view;publish' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;view;unpublish' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;view;help' {
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save flags under a name: `view save NAME dashboard FLAGS…` or `view save NAME insights REPORT FLAGS…`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your views, then those published for every account')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One view: the command line it runs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one of your views')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Let every account run one of your views by name (admin)')
            [CompletionResult]::new('unpublish', 'unpublish', [CompletionResultType]::ParameterValue, 'Withdraw one of your published views (admin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;view;help;save' {
            break
        }
        'jirahub;view;help;list' {
            break
        }
        'jirahub;view;help;show' {
            break
        }
        'jirahub;view;help;delete' {
            break
        }
        'jirahub;view;help;publish' {
            break
        }
        'jirahub;view;help;unpublish' {
            break
        }
        'jirahub;view;help;help' {
            break
        }
        'jirahub;ignore' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Ignore or stop ignoring tickets by key')
            [CompletionResult]::new('type', 'type', [CompletionResultType]::ParameterValue, 'Ignore or stop ignoring issue types by name (e.g. "Sub-task")')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show what is ignored')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;ignore;ticket' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ignore these (ticket keys or issue type names)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop ignoring these')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;ignore;ticket;add' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;ignore;ticket;remove' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;ignore;ticket;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ignore these (ticket keys or issue type names)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop ignoring these')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;ignore;ticket;help;add' {
            break
        }
        'jirahub;ignore;ticket;help;remove' {
            break
        }
        'jirahub;ignore;ticket;help;help' {
            break
        }
        'jirahub;ignore;type' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ignore these (ticket keys or issue type names)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop ignoring these')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;ignore;type;add' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;ignore;type;remove' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;ignore;type;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ignore these (ticket keys or issue type names)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop ignoring these')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;ignore;type;help;add' {
            break
        }
        'jirahub;ignore;type;help;remove' {
            break
        }
        'jirahub;ignore;type;help;help' {
            break
        }
        'jirahub;ignore;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;ignore;help' {
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Ignore or stop ignoring tickets by key')
            [CompletionResult]::new('type', 'type', [CompletionResultType]::ParameterValue, 'Ignore or stop ignoring issue types by name (e.g. "Sub-task")')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show what is ignored')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;ignore;help;ticket' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ignore these (ticket keys or issue type names)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop ignoring these')
            break
        }
        'jirahub;ignore;help;ticket;add' {
            break
        }
        'jirahub;ignore;help;ticket;remove' {
            break
        }
        'jirahub;ignore;help;type' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ignore these (ticket keys or issue type names)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop ignoring these')
            break
        }
        'jirahub;ignore;help;type;add' {
            break
        }
        'jirahub;ignore;help;type;remove' {
            break
        }
        'jirahub;ignore;help;list' {
            break
        }
        'jirahub;ignore;help;help' {
            break
        }
        'jirahub;config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table for people, json or csv for scripts, markdown for CI summaries')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured in `auto`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read settings from this file instead of ~/.config/jirahub/config.toml')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables keep every column and cut no cell (default: fit the terminal''s width)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the report and errors: no progress, confirmations, hints or warnings')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log to stderr: -v jirahub''s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (automatic when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'jirahub;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Create an account (the first account becomes admin)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and start a session')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the current session')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the logged-in account')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your password')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Manage accounts, sessions and registration (admins only)')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect your account to a Jira site (Cloud API token or Data Center PAT)')
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'Discover Jira projects and choose which ones jirahub reports on')
            [CompletionResult]::new('boards', 'boards', [CompletionResultType]::ParameterValue, 'List a project''s boards and narrow a project to some of them')
            [CompletionResult]::new('fields', 'fields', [CompletionResultType]::ParameterValue, 'Show the custom fields used for story points, sprint and team; pin one when discovery guesses wrong')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Refresh the local snapshot of the selected projects from Jira')
            [CompletionResult]::new('sync-members', 'sync-members', [CompletionResultType]::ParameterValue, 'Update team members from the assignees and reporters of synced issues')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The team''s workload: summary, workload per person, status, overdue, tickets')
            [CompletionResult]::new('insights', 'insights', [CompletionResultType]::ParameterValue, 'Flow metrics from the synced history: cycle time, throughput, Monte Carlo forecasts')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'One self-contained HTML file: workload, overdue, velocity, burndown, throughput, cycle time, aging, flow')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Everything about one ticket: fields, description, subtasks, links, worklogs, comments')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Team members: list, show one, label them')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Where reports are delivered: a Slack incoming webhook, kept encrypted')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a report: a dashboard to Slack or by email')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Saved views: dashboard or insights flags under a name, run with --view NAME')
            [CompletionResult]::new('ignore', 'ignore', [CompletionResultType]::ParameterValue, 'Leave tickets or issue types out of every report')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the effective configuration and where each value came from (secrets masked)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'jirahub;help;register' {
            break
        }
        'jirahub;help;login' {
            break
        }
        'jirahub;help;logout' {
            break
        }
        'jirahub;help;whoami' {
            break
        }
        'jirahub;help;passwd' {
            break
        }
        'jirahub;help;admin' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, change or remove an account')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'List or revoke sessions')
            [CompletionResult]::new('registration', 'registration', [CompletionResultType]::ParameterValue, 'Open or close self-registration')
            break
        }
        'jirahub;help;admin;users' {
            break
        }
        'jirahub;help;admin;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account (password from a prompt, --password-stdin or JIRAHUB_PASSWORD)')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Make an account admin or user')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop an account from logging in (its sessions are revoked)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a disabled account log in again')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for an account (its sessions are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account and everything it owns')
            break
        }
        'jirahub;help;admin;user;add' {
            break
        }
        'jirahub;help;admin;user;set-role' {
            break
        }
        'jirahub;help;admin;user;disable' {
            break
        }
        'jirahub;help;admin;user;enable' {
            break
        }
        'jirahub;help;admin;user;reset-password' {
            break
        }
        'jirahub;help;admin;user;delete' {
            break
        }
        'jirahub;help;admin;sessions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions (all accounts, or one with --user)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a session by id')
            break
        }
        'jirahub;help;admin;sessions;list' {
            break
        }
        'jirahub;help;admin;sessions;revoke' {
            break
        }
        'jirahub;help;admin;registration' {
            break
        }
        'jirahub;help;connect' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the saved connection (never the token)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget the saved connection and its token')
            break
        }
        'jirahub;help;connect;status' {
            break
        }
        'jirahub;help;connect;remove' {
            break
        }
        'jirahub;help;projects' {
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'List the projects your Jira account can see')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the selected projects')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Report on these projects')
            [CompletionResult]::new('deselect', 'deselect', [CompletionResultType]::ParameterValue, 'Stop reporting on these projects')
            break
        }
        'jirahub;help;projects;discover' {
            break
        }
        'jirahub;help;projects;list' {
            break
        }
        'jirahub;help;projects;select' {
            break
        }
        'jirahub;help;projects;deselect' {
            break
        }
        'jirahub;help;boards' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a project''s boards (all projects'' selected boards without --project)')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Report only on issues of these boards for the project')
            [CompletionResult]::new('deselect', 'deselect', [CompletionResultType]::ParameterValue, 'Stop narrowing the project to these boards')
            break
        }
        'jirahub;help;boards;list' {
            break
        }
        'jirahub;help;boards;select' {
            break
        }
        'jirahub;help;boards;deselect' {
            break
        }
        'jirahub;help;fields' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the fields in use (the default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Pin a field id for a purpose, e.g. `fields set story-points customfield_10026`')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a pin and go back to discovery')
            break
        }
        'jirahub;help;fields;show' {
            break
        }
        'jirahub;help;fields;set' {
            break
        }
        'jirahub;help;fields;unset' {
            break
        }
        'jirahub;help;sync' {
            break
        }
        'jirahub;help;sync-members' {
            break
        }
        'jirahub;help;dashboard' {
            break
        }
        'jirahub;help;insights' {
            [CompletionResult]::new('cycle-time', 'cycle-time', [CompletionResultType]::ParameterValue, 'Days from the first move into In Progress to the last move into Done, per issue done in the range; percentiles 50/70/85/95, by type')
            [CompletionResult]::new('throughput', 'throughput', [CompletionResultType]::ParameterValue, 'Issues done per day or week, empty periods as zero')
            [CompletionResult]::new('velocity', 'velocity', [CompletionResultType]::ParameterValue, 'Commitment and completed points per closed sprint of a board, as Jira''s Velocity Chart counts them')
            [CompletionResult]::new('sprint', 'sprint', [CompletionResultType]::ParameterValue, 'Jira''s Sprint Report of one sprint: completed, not completed, removed, completed outside, added after start')
            [CompletionResult]::new('burndown', 'burndown', [CompletionResultType]::ParameterValue, 'A sprint''s remaining estimate day by day, the ideal line, and every scope change')
            [CompletionResult]::new('burnup', 'burnup', [CompletionResultType]::ParameterValue, 'Scope and done over time, day by day (issues, or points with --points)')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'Cumulative flow: issues in each status (or category) at the end of each day')
            [CompletionResult]::new('aging', 'aging', [CompletionResultType]::ParameterValue, 'Work in progress with its age, oldest first, against the cycle-time percentiles')
            [CompletionResult]::new('created-vs-resolved', 'created-vs-resolved', [CompletionResultType]::ParameterValue, 'Issues created and resolved per day or week')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'Hours logged per period, by member, project, epic, type or label; against a capacity; with rates, amounts')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Monte Carlo over the daily throughput of a recent window: when N more are done, or how many by a date')
            break
        }
        'jirahub;help;insights;cycle-time' {
            break
        }
        'jirahub;help;insights;throughput' {
            break
        }
        'jirahub;help;insights;velocity' {
            break
        }
        'jirahub;help;insights;sprint' {
            break
        }
        'jirahub;help;insights;burndown' {
            break
        }
        'jirahub;help;insights;burnup' {
            break
        }
        'jirahub;help;insights;flow' {
            break
        }
        'jirahub;help;insights;aging' {
            break
        }
        'jirahub;help;insights;created-vs-resolved' {
            break
        }
        'jirahub;help;insights;time' {
            break
        }
        'jirahub;help;insights;forecast' {
            break
        }
        'jirahub;help;report' {
            break
        }
        'jirahub;help;ticket' {
            break
        }
        'jirahub;help;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Team members with their labels and open tickets')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One member: profile, labels, tickets by status, overdue, points, the tickets')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Add or remove team labels on a member')
            [CompletionResult]::new('labels', 'labels', [CompletionResultType]::ParameterValue, 'Team labels with their members')
            break
        }
        'jirahub;help;member;list' {
            break
        }
        'jirahub;help;member;show' {
            break
        }
        'jirahub;help;member;label' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'add')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'remove')
            break
        }
        'jirahub;help;member;label;add' {
            break
        }
        'jirahub;help;member;label;remove' {
            break
        }
        'jirahub;help;member;labels' {
            break
        }
        'jirahub;help;notify' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store where to deliver: the Slack incoming-webhook URL (prompted, --url-stdin, or JIRAHUB_SLACK_WEBHOOK)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which targets are set and when (never their address)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a target')
            break
        }
        'jirahub;help;notify;set' {
            break
        }
        'jirahub;help;notify;status' {
            break
        }
        'jirahub;help;notify;remove' {
            break
        }
        'jirahub;help;send' {
            [CompletionResult]::new('slack', 'slack', [CompletionResultType]::ParameterValue, 'Post a dashboard''s summary, failed gates and overdue list to your Slack webhook')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Mail a dashboard over SMTP: HTML with a plain-text alternative, the tickets as CSV on request')
            break
        }
        'jirahub;help;send;slack' {
            break
        }
        'jirahub;help;send;email' {
            break
        }
        'jirahub;help;view' {
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save flags under a name: `view save NAME dashboard FLAGS…` or `view save NAME insights REPORT FLAGS…`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your views, then those published for every account')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One view: the command line it runs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one of your views')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Let every account run one of your views by name (admin)')
            [CompletionResult]::new('unpublish', 'unpublish', [CompletionResultType]::ParameterValue, 'Withdraw one of your published views (admin)')
            break
        }
        'jirahub;help;view;save' {
            break
        }
        'jirahub;help;view;list' {
            break
        }
        'jirahub;help;view;show' {
            break
        }
        'jirahub;help;view;delete' {
            break
        }
        'jirahub;help;view;publish' {
            break
        }
        'jirahub;help;view;unpublish' {
            break
        }
        'jirahub;help;ignore' {
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Ignore or stop ignoring tickets by key')
            [CompletionResult]::new('type', 'type', [CompletionResultType]::ParameterValue, 'Ignore or stop ignoring issue types by name (e.g. "Sub-task")')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show what is ignored')
            break
        }
        'jirahub;help;ignore;ticket' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ignore these (ticket keys or issue type names)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop ignoring these')
            break
        }
        'jirahub;help;ignore;ticket;add' {
            break
        }
        'jirahub;help;ignore;ticket;remove' {
            break
        }
        'jirahub;help;ignore;type' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ignore these (ticket keys or issue type names)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop ignoring these')
            break
        }
        'jirahub;help;ignore;type;add' {
            break
        }
        'jirahub;help;ignore;type;remove' {
            break
        }
        'jirahub;help;ignore;list' {
            break
        }
        'jirahub;help;config' {
            break
        }
        'jirahub;help;completions' {
            break
        }
        'jirahub;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
