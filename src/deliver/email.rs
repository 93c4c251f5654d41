//! Mail over SMTP (lettre, rustls): `smtps://` is implicit TLS (465), `smtp://…?tls=required`
//! STARTTLS (587). Plain `smtp://` is for a relay on this machine only: a password or a report
//! never crosses the network in clear. The password comes from `SMTP_PASSWORD` (environment or
//! `--env-file`), never from a flag; no error shows it or the URL's password. TLS trusts the
//! public roots (webpki-roots) and, with `SMTP_CA_FILE`, the certificates in that PEM file.

use std::time::Duration;

use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::{ExposeSecret, SecretString};

use crate::{Error, Result};

/// What a mail holds.
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// `(file name, CSV text)`.
    pub csv: Option<(String, String)>,
}

fn mailbox(addr: &str, what: &str) -> Result<Mailbox> {
    addr.trim().parse::<Mailbox>().map_err(|e| {
        Error::usage(format!(
            "{what} {} is not an email address: {e}",
            crate::validate::shown(addr)
        ))
    })
}

/// The message as it is sent: multipart/alternative (text, then HTML), inside multipart/mixed
/// with the CSV attached when there is one.
pub fn build(mail: &Mail) -> Result<Message> {
    let mut builder = Message::builder()
        .from(mailbox(&mail.from, "the sender")?)
        .subject(mail.subject.replace(['\r', '\n'], " "))
        .user_agent(concat!("jirahub/", env!("CARGO_PKG_VERSION")).to_string());
    for to in &mail.to {
        builder = builder.to(mailbox(to, "the recipient")?);
    }
    let alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(mail.text.clone()))
        .singlepart(SinglePart::html(mail.html.clone()));
    let body = match &mail.csv {
        None => alternative,
        Some((name, csv)) => MultiPart::mixed().multipart(alternative).singlepart(
            Attachment::new(name.clone()).body(
                csv.clone(),
                ContentType::parse("text/csv; charset=utf-8").expect("a valid content type"),
            ),
        ),
    };
    builder
        .multipart(body)
        .map_err(|e| Error::usage(format!("cannot build the email: {e}")))
}

/// Whether the URL keeps mail on this machine or encrypts it; refuses it otherwise.
pub fn check_url(url: &str) -> Result<()> {
    let parsed = url::Url::parse(url.trim()).map_err(|_| {
        Error::usage("SMTP_URL is not a URL (smtps://user@mail.example.com, smtp://user@host:587?tls=required)")
    })?;
    let local = matches!(parsed.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    match parsed.scheme() {
        "smtps" => Ok(()),
        "smtp" if requires_starttls(&parsed) || local => Ok(()),
        "smtp" => Err(Error::usage(
            "SMTP_URL sends in clear to another machine: use smtps:// (TLS) or smtp://…?tls=required (STARTTLS)",
        )),
        other => Err(Error::usage(format!(
            "SMTP_URL scheme {other}: use smtps:// or smtp://"
        ))),
    }
}

/// `smtp://…?tls=required`: STARTTLS, never clear text.
fn requires_starttls(url: &url::Url) -> bool {
    url.query_pairs()
        .any(|(k, v)| k == "tls" && v == "required")
}

/// The TLS settings for `host` trusting the public roots and the certificates in `ca_file`.
fn tls_trusting(host: &str, ca_file: &std::path::Path) -> Result<TlsParameters> {
    let pem = std::fs::read(ca_file).map_err(|e| {
        Error::usage(format!(
            "cannot read SMTP_CA_FILE {}: {e}",
            ca_file.display()
        ))
    })?;
    let bad = || {
        Error::usage(format!(
            "SMTP_CA_FILE {} holds no PEM certificate",
            ca_file.display()
        ))
    };
    if !pem
        .windows(b"-----BEGIN CERTIFICATE-----".len())
        .any(|w| w == b"-----BEGIN CERTIFICATE-----")
    {
        return Err(bad());
    }
    let certificate = Certificate::from_pem(&pem).map_err(|_| bad())?;
    TlsParameters::builder(host.to_string())
        .add_root_certificate(certificate)
        .build_rustls()
        .map_err(|e| Error::usage(format!("SMTP_CA_FILE {}: {e}", ca_file.display())))
}

/// Hands `message` to the server at `url` (with `password` for the URL's user, if any),
/// trusting the certificates in `ca_file` besides the public roots.
pub async fn send(
    url: &SecretString,
    password: Option<&SecretString>,
    ca_file: Option<&std::path::Path>,
    message: Message,
) -> Result<()> {
    check_url(url.expose_secret())?;
    let parsed =
        url::Url::parse(url.expose_secret()).map_err(|_| Error::usage("SMTP_URL is not a URL"))?;
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
        .map_err(|e| Error::usage(format!("SMTP_URL: {e}")))?
        .timeout(Some(Duration::from_secs(20)));
    if let Some(ca_file) = ca_file {
        let host = parsed.host_str().unwrap_or_default();
        // The same mode from_url chose, with the extra roots.
        if parsed.scheme() == "smtps" {
            builder = builder.tls(Tls::Wrapper(tls_trusting(host, ca_file)?));
        } else if requires_starttls(&parsed) {
            builder = builder.tls(Tls::Required(tls_trusting(host, ca_file)?));
        }
    }
    if let Some(password) = password {
        if parsed.username().is_empty() {
            return Err(Error::usage(
                "SMTP_PASSWORD is set but SMTP_URL names no user (smtps://user@host)",
            ));
        }
        let user = percent_decode(parsed.username());
        builder = builder.credentials(Credentials::new(user, password.expose_secret().to_string()));
    }
    let transport = builder.build();
    let host = parsed.host_str().unwrap_or("the mail server").to_string();
    transport
        .send(message)
        .await
        .map_err(|e| not_sent(&host, &e))?;
    Ok(())
}

/// One line for a mail that did not go: the server's answer, or what broke on the way
/// (lettre's errors name neither the password nor the URL's).
fn not_sent(host: &str, e: &lettre::transport::smtp::Error) -> Error {
    let mut innermost: &dyn std::error::Error = e;
    while let Some(source) = innermost.source() {
        innermost = source;
    }
    let detail = innermost.to_string();
    if detail.contains("certificate") {
        return Error::unavailable(format!(
            "the email was not sent: {host}'s TLS certificate is not trusted ({detail})"
        ))
        .with_hint("for a server with a company CA, set SMTP_CA_FILE to that CA's PEM file");
    }
    if e.is_tls() || detail.to_ascii_lowercase().contains("tls") {
        return Error::unavailable(format!(
            "the email was not sent: no TLS with {host} ({detail})"
        ))
        .with_hint(
            "smtps:// is TLS from the start (port 465), smtp://…?tls=required STARTTLS (587)",
        );
    }
    if e.is_permanent() || e.is_transient() || e.is_response() {
        return Error::unavailable(format!("the email was not sent: {host} answered: {e}"))
            .with_hint(if e.is_permanent() {
                "check SMTP_URL, SMTP_FROM, SMTP_PASSWORD and the recipients"
            } else {
                "a temporary failure: try again later"
            });
    }
    Error::unavailable(format!("the email was not sent: {host}: {detail}"))
        .with_hint("check that SMTP_URL's host and port take mail, then try again")
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("u={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(csv: bool) -> Mail {
        Mail {
            from: "jirahub <jirahub@example.com>".into(),
            to: vec!["lead@example.com".into(), "Ada <ada@example.com>".into()],
            subject: "Jira workload\r\nBcc: evil@example.com".into(),
            text: "Open 12".into(),
            html: "<p>Open 12</p>".into(),
            csv: csv.then(|| ("tickets.csv".to_string(), "key\nAPP-1\n".to_string())),
        }
    }

    #[test]
    fn a_mail_is_text_and_html_alternatives_with_the_csv_beside() {
        let raw =
            String::from_utf8(build(&mail(true)).expect("builds").formatted()).expect("utf-8");
        assert!(raw.contains("multipart/mixed"), "{raw}");
        assert!(raw.contains("multipart/alternative"));
        assert!(raw.contains("text/plain") && raw.contains("text/html"));
        assert!(raw.contains("filename=\"tickets.csv\""));
        assert!(
            !raw.contains("\r\nBcc:"),
            "no header injection through the subject"
        );
        let plain =
            String::from_utf8(build(&mail(false)).expect("builds").formatted()).expect("utf-8");
        assert!(!plain.contains("multipart/mixed"));
    }

    #[test]
    fn bad_addresses_are_usage_errors() {
        let mut m = mail(false);
        m.to = vec!["not an address".into()];
        assert_eq!(
            build(&m).err().map(|e| e.kind()),
            Some(crate::ErrorKind::Usage)
        );
    }

    #[test]
    fn mail_leaves_this_machine_only_encrypted() {
        assert!(check_url("smtps://bot@mail.example.com").is_ok());
        assert!(check_url("smtp://bot@mail.example.com:587?tls=required").is_ok());
        assert!(check_url("smtp://127.0.0.1:2525").is_ok());
        assert!(check_url("smtp://mail.example.com:25").is_err());
        assert!(check_url("smtp://mail.example.com:25?tls=opportunistic").is_err());
        assert!(check_url("http://mail.example.com").is_err());
    }
}
