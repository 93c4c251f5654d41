//! Delivery of reports to people: Slack incoming webhooks and mail over SMTP. Knows the wire and
//! retries, not reports: `output` makes the message, commands decide when to send it.

pub mod email;
pub mod slack;
