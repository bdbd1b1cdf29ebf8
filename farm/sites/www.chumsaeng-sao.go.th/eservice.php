<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>E-Service - องค์การบริหารส่วนตำบลชุมแสง</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="780" height="120"></td></tr>
<tr><td></td></tr>
<tr><td bgcolor="#FFFFEE" valign="top"><font face="MS Sans Serif" size="2">
<h3>E-Service บริการออนไลน์</h3><p>ยื่นคำร้องขอรับบริการออนไลน์ โดยไม่ต้องเดินทางมาที่สำนักงาน: ขอรับน้ำอุปโภคบริโภค ขอความช่วยเหลือ ขอใช้สถานที่</p><form method="post" action="eservice.php"><p>ชื่อ-สกุล <input name="name"></p><p>เรื่องที่ขอรับบริการ <select name="type"><option>ขอรับน้ำอุปโภคบริโภค</option><option>ขอใช้สถานที่</option></select></p><p>รายละเอียด <textarea name="detail"></textarea></p><p>เบอร์โทร <input name="tel"></p><input type="submit" value="ส่งคำร้อง"></form>
</font></td></tr>
<tr><td bgcolor="#336600" align="center"><font color="#FFFFFF" size="1"><p>องค์การบริหารส่วนตำบลชุมแสง หมู่ที่ 1 ตำบลชุมแสง อำเภอวังจันทร์ จังหวัดระยอง 21210</p><p>โทรศัพท์ 038-666-120 โทรสาร 038-666-121 อีเมล: saraban@chumsaeng-sao.go.th</p></font></td></tr>
</table></body></html>