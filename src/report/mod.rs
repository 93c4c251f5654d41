//! The reporting core: filters and metrics over synced tickets, turned into [`crate::output::Report`]
//! values. Pure functions only: no HTTP, no database, no files, no clock (callers pass `today`
//! and `now`), so every number here is easy to test and the same in table, JSON and CSV.

pub mod dashboard;
pub mod filter;
pub mod filter_check;
pub mod flow;
pub mod gates;
pub mod insights;
pub mod member;
pub mod metrics;
pub mod sort;
pub mod sprints;
pub mod suggest;
pub mod text;
pub mod ticket;
pub mod time;

pub use dashboard::{Dashboard, DashboardInput, SectionName};
pub use filter::{Filters, check_range, parse_category, parse_date_arg};
pub use member::{MemberInfo, resolve_member};
pub use metrics::{LocalZone, TimeZoneSpec, today_in};
pub use sort::{SortField, SortSpec, natural_cmp, sort_tickets};
pub use ticket::TicketDetail;

#[cfg(test)]
pub(crate) mod testdata;
