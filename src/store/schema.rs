//! The database schema, valid for both backends: only portable SQL types (BigInt, Text, Bool,
//! Timestamp = UTC `NaiveDateTime`, Binary). Keep in step with `migrations/{sqlite,postgres}`.

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        password_hash -> Text,
        role -> Text,
        disabled -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        last_login_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sessions (id) {
        id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        last_used_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    settings (key) {
        key -> Text,
        value -> Text,
    }
}

diesel::table! {
    jira_connections (user_id) {
        user_id -> BigInt,
        base_url -> Text,
        email -> Text,
        token_ciphertext -> Binary,
        token_nonce -> Binary,
        deployment -> Text,
        account_id -> Text,
        display_name -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        last_sync_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    user_projects (user_id, project_key) {
        user_id -> BigInt,
        project_key -> Text,
        project_id -> Text,
        name -> Text,
    }
}

diesel::table! {
    user_boards (user_id, project_key, board_id) {
        user_id -> BigInt,
        project_key -> Text,
        board_id -> BigInt,
        name -> Text,
        board_type -> Text,
    }
}

diesel::table! {
    team_members (user_id, account_id) {
        user_id -> BigInt,
        account_id -> Text,
        display_name -> Text,
        email -> Nullable<Text>,
        active -> Bool,
        first_seen_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    member_labels (user_id, account_id, label) {
        user_id -> BigInt,
        account_id -> Text,
        label -> Text,
    }
}

diesel::table! {
    ignored_tickets (user_id, issue_key) {
        user_id -> BigInt,
        issue_key -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    ignored_issue_types (user_id, name) {
        user_id -> BigInt,
        name -> Text,
    }
}

diesel::table! {
    field_pins (user_id, kind) {
        user_id -> BigInt,
        kind -> Text,
        field_id -> Text,
    }
}

diesel::table! {
    saved_views (id) {
        id -> BigInt,
        user_id -> BigInt,
        name -> Text,
        command -> Text,
        args -> Text,
        published -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    notify_targets (user_id, kind) {
        user_id -> BigInt,
        kind -> Text,
        secret_ciphertext -> Binary,
        secret_nonce -> Binary,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(notify_targets -> users (user_id));
diesel::joinable!(saved_views -> users (user_id));
diesel::joinable!(jira_connections -> users (user_id));
diesel::joinable!(user_projects -> users (user_id));
diesel::joinable!(user_boards -> users (user_id));
diesel::joinable!(team_members -> users (user_id));
diesel::joinable!(member_labels -> users (user_id));
diesel::joinable!(ignored_tickets -> users (user_id));
diesel::joinable!(ignored_issue_types -> users (user_id));
diesel::joinable!(field_pins -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    users,
    sessions,
    settings,
    jira_connections,
    user_projects,
    user_boards,
    team_members,
    member_labels,
    ignored_tickets,
    ignored_issue_types,
    saved_views,
    notify_targets,
    field_pins,
);
