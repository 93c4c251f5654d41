//! Delivery of reports to people: Slack incoming webhooks. Knows HTTP and retries, not reports:
//! `output::slack` makes the message, commands decide when to send it.

pub mod slack;
