<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>กระดานถาม-ตอบ - องค์การบริหารส่วนตำบลชุมแสง</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="780" height="120"></td></tr>
<tr><td></td></tr>
<tr><td bgcolor="#FFFFEE" valign="top"><font face="MS Sans Serif" size="2">
<h3>กระดานถาม-ตอบ (Q&amp;A)</h3><table><tr><td>สอบถามขั้นตอนการขอรับเบี้ยยังชีพผู้สูงอายุ</td><td>ตอบโดย admin 12 ม.ค. 2566</td></tr><tr><td>ถนนหมู่ 5 ชำรุด จะซ่อมเมื่อไร</td><td>ตอบโดย กองช่าง 2 ก.พ. 2566</td></tr></table><form method="post" action="webboard.php"><p>หัวข้อคำถาม <input name="topic"></p><p>รายละเอียด <textarea name="detail"></textarea></p><p>ชื่อผู้ถาม <input name="name"></p><input type="submit" value="ตั้งกระทู้"></form>
</font></td></tr>
<tr><td bgcolor="#336600" align="center"><font color="#FFFFFF" size="1"><p>องค์การบริหารส่วนตำบลชุมแสง หมู่ที่ 1 ตำบลชุมแสง อำเภอวังจันทร์ จังหวัดระยอง 21210</p><p>โทรศัพท์ 038-666-120 โทรสาร 038-666-121 อีเมล: saraban@chumsaeng-sao.go.th</p></font></td></tr>
</table></body></html>