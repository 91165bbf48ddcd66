-- One warehouse, read-only, under an alias ({{path}} is a quoted literal).
ATTACH {{path}} AS {{alias}} (READ_ONLY);
