# Django's Arabic formats leave the date-time format to the English default ("N j, Y, P":
# ASCII commas, 12-hour clock); UN Arabic writes the day, the (paired) month and the year,
# then the 24-hour time.
DATETIME_FORMAT = "j F Y، الساعة H:i"
TIME_FORMAT = "H:i"
