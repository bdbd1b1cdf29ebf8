<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Account Suspended</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f4f4f4}.container{max-width:600px;margin:100px auto;
background:#fff;border:1px solid #ddd;padding:30px;text-align:center}</style></head>
<body><div class="container"><h1>Account Suspended</h1>
<p>This Account has been suspended.</p><p>Contact your hosting provider for more information.</p></div></body></html>
