<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>แจ้งเรื่องร้องเรียนการทุจริต - องค์การบริหารส่วนตำบลชุมแสง</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="780" height="120"></td></tr>
<tr><td></td></tr>
<tr><td bgcolor="#FFFFEE" valign="top"><font face="MS Sans Serif" size="2">
<h3>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h3><p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ (แยกจากช่องทางร้องเรียนทั่วไป)</p><form method="post" action="complain_corrupt.php"><p>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"></p><p>เจ้าหน้าที่ที่ถูกร้องเรียน <input name="officer"></p><p>รายละเอียดการทุจริต <textarea name="detail"></textarea></p><p>ช่องทางติดต่อกลับ <input name="contact"></p><input type="submit" value="ส่งเรื่องร้องเรียน"></form>
</font></td></tr>
<tr><td bgcolor="#336600" align="center"><font color="#FFFFFF" size="1"><p>องค์การบริหารส่วนตำบลชุมแสง หมู่ที่ 1 ตำบลชุมแสง อำเภอวังจันทร์ จังหวัดระยอง 21210</p><p>โทรศัพท์ 038-666-120 โทรสาร 038-666-121 อีเมล: saraban@chumsaeng-sao.go.th</p></font></td></tr>
</table></body></html>